// Loads every compiled spec through RequireJS, then starts Jasmine.
/* global require, window */
(function () {
  // Module ids relative to build/ ("spec/stack-model.spec"), so every module is loaded once.
  var specs = Object.keys(window.__karma__.files)
    .filter(function (file) {
      return /^\/base\/build\/spec\/.*\.spec\.js$/.test(file);
    })
    .map(function (file) {
      return file.replace(/^\/base\/build\//, "").replace(/\.js$/, "");
    });
  // Karma would start Jasmine on load; wait until RequireJS has the specs.
  window.__karma__.loaded = function () {};
  require.config({
    baseUrl: "/base/build",
    paths: { processing: "/base/build/vendor/processing", "fast-check": "/base/build/vendor/fast-check" },
    shim: { processing: { exports: "Processing" } },
  });
  require(specs, function () {
    window.__karma__.start();
  }, function (error) {
    window.__karma__.error("Could not load specs: " + error);
  });
})();
