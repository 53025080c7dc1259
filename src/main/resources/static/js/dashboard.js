// The leaders' dashboard. Each part fetches itself (htmx); a part whose answer fails or never comes shows a small
// "could not load" box in its place, and the other parts are untouched. Tables arriving with a part sort by the column
// whose header button is clicked, again to reverse (as table-sort.js does for tables that are there at load).
(function () {
  'use strict';

  function failed(event) {
    var part = event.detail && event.detail.elt ? event.detail.elt.closest('[data-dashboard-part]') : null;
    if (!part) {
      return;
    }
    var box = document.createElement('div');
    box.className = 'card-body dashboard-unavailable';
    box.setAttribute('data-outcome', 'FAILED');
    var text = document.createElement('p');
    text.className = 'small mb-0';
    text.textContent = part.getAttribute('data-failed');
    box.appendChild(text);
    part.replaceChildren(box);
    part.removeAttribute('aria-busy');
  }

  ['htmx:responseError', 'htmx:sendError', 'htmx:timeout'].forEach(function (name) {
    document.addEventListener(name, failed);
  });

  document.addEventListener('htmx:afterSwap', function (event) {
    var part = event.detail.target.closest('[data-dashboard-part]');
    if (part) {
      part.removeAttribute('aria-busy');
    }
  });

  function value(row, column, numeric) {
    var cell = row.cells[column];
    var text = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
    if (!numeric) {
      return text;
    }
    var number = parseFloat(text);
    return isNaN(number) ? -Infinity : number;
  }

  function sort(table, header) {
    var column = header.cellIndex;
    var numeric = header.getAttribute('data-sort') === 'number';
    var ascending = header.getAttribute('aria-sort') ? header.getAttribute('aria-sort') === 'descending' : !numeric;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, column, numeric);
      var y = value(b, column, numeric);
      var order = numeric ? (x === y ? 0 : (x < y ? -1 : 1)) : x.localeCompare(y, 'zh-CN');
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll('th[data-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('#dashboard table[data-sortable] th[data-sort] button');
    if (button) {
      sort(button.closest('table'), button.closest('th'));
    }
  });
})();
