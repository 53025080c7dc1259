// htmx requests carry the CSRF token from the page's meta tags, like ordinary forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Polling (the header bell) must not keep an unattended page's session alive past its idle timeout: elements poll
// with the filter [luoshiActiveWithin(ms)], true only while the person has used the page within the last ms.
(function () {
  var lastActivity = Date.now();
  ['keydown', 'mousedown', 'mousemove', 'touchstart', 'scroll'].forEach(function (type) {
    document.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true, capture: true });
  });
  window.luoshiActiveWithin = function (milliseconds) {
    return Date.now() - lastActivity < milliseconds;
  };
})();
