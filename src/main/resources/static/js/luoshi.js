// Behaviour of the pages, by delegation from data- attributes: the Content-Security-Policy (SecurityHeaders) runs no
// inline script and no inline event handler, so templates say what they want here and this file does it.

// htmx requests carry the CSRF token from the page's meta tags, like ordinary forms do.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// Polling (the header bell) must not keep an unattended page's session alive past its idle timeout: an element with
// data-poll-while-active="ms" is sent the htmx event luoshi:poll every ms, but only while the person has used the page
// within the last five minutes.
(function () {
  var ACTIVE_WITHIN = 5 * 60 * 1000;
  var lastActivity = Date.now();
  ['keydown', 'mousedown', 'mousemove', 'touchstart', 'scroll'].forEach(function (type) {
    document.addEventListener(type, function () { lastActivity = Date.now(); }, { passive: true, capture: true });
  });
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('[data-poll-while-active]').forEach(function (element) {
      var every = parseInt(element.getAttribute('data-poll-while-active'), 10);
      window.setInterval(function () {
        if (Date.now() - lastActivity < ACTIVE_WITHIN && window.htmx) {
          window.htmx.trigger(element, 'luoshi:poll');
        }
      }, every);
    });
  });
})();

// <form data-confirm="question">: submitted only once the person says yes.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.hasAttribute('data-confirm') && !window.confirm(form.getAttribute('data-confirm'))) {
    event.preventDefault();
  }
});

// <select data-submit-on-change>: choosing submits its form.
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.hasAttribute && field.hasAttribute('data-submit-on-change') && field.form) {
    field.form.requestSubmit ? field.form.requestSubmit() : field.form.submit();
  }
});

// <input data-enter-does-not-submit>: Enter in a search-as-you-type field must not submit the form around it.
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && event.target.hasAttribute && event.target.hasAttribute('data-enter-does-not-submit')) {
    event.preventDefault();
  }
});

// Inside data-error-replaces-page, an htmx request that fails shows the error page in place of the whole page, as an
// ordinary form post would.
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.elt.closest('[data-error-replaces-page]')) {
    document.documentElement.innerHTML = event.detail.xhr.responseText;
  }
});

// Inside data-marks-selected-link="class", the link of that class whose htmx request starts is marked selected.
document.addEventListener('htmx:beforeRequest', function (event) {
  var link = event.detail.elt;
  var container = link.closest('[data-marks-selected-link]');
  if (!container || !link.classList.contains(container.getAttribute('data-marks-selected-link'))) {
    return;
  }
  container.querySelectorAll('.selected').forEach(function (other) { other.classList.remove('selected', 'bg-primary-subtle'); });
  link.classList.add('selected', 'bg-primary-subtle');
});

// <input type="file" data-max-megabytes="10" data-too-large="message">: a file over the limit is refused before it
// is sent (the server refuses it too, with the same message, but only after the upload).
document.addEventListener('change', function (event) {
  var input = event.target;
  if (!input.hasAttribute || !input.hasAttribute('data-max-megabytes') || !input.files) {
    return;
  }
  var limit = parseFloat(input.getAttribute('data-max-megabytes')) * 1024 * 1024;
  var tooLarge = Array.prototype.some.call(input.files, function (file) { return file.size > limit; });
  input.setCustomValidity(tooLarge ? input.getAttribute('data-too-large') : '');
  if (tooLarge) {
    input.reportValidity();
  }
});
