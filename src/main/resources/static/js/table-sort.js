// Tables marked data-sortable sort by the column whose header button is clicked, again to reverse. Headers say how
// (data-sort="number" or "text"); a cell may give its value in data-value where its text is not the value (—, 80%).
(function () {
  'use strict';

  function value(row, column, numeric) {
    var cell = row.cells[column];
    var text = cell.hasAttribute('data-value') ? cell.getAttribute('data-value') : cell.textContent.trim();
    return numeric ? parseFloat(text) || 0 : text;
  }

  function sort(table, header) {
    var column = header.cellIndex;
    var numeric = header.getAttribute('data-sort') === 'number';
    // Numbers start from the largest (most red, most tasks), names from the start of the alphabet.
    var ascending = header.getAttribute('aria-sort') ? header.getAttribute('aria-sort') === 'descending' : !numeric;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = value(a, column, numeric);
      var y = value(b, column, numeric);
      var order = numeric ? x - y : x.localeCompare(y, 'zh-CN');
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    table.querySelectorAll('th[data-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
    header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
  }

  document.querySelectorAll('table[data-sortable]').forEach(function (table) {
    table.querySelectorAll('th[data-sort] button').forEach(function (button) {
      button.addEventListener('click', function () { sort(table, button.closest('th')); });
    });
  });
})();
