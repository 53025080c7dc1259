// Reports: the reading form's busy state, taking a passage of the source as a task, and the source panel's toggle on
// small screens. Loaded by the reports pages; no inline scripts (CSP). Questions before deleting come from luoshi.js's
// data-confirm.
(function () {
  'use strict';

  function onReady(run) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', run);
    } else {
      run();
    }
  }

  onReady(function () {
    // Reading a long report takes seconds: say so, and let a second click do nothing rather than read it twice.
    var readForm = document.getElementById('report-form');
    if (readForm) {
      readForm.addEventListener('submit', function (event) {
        if (readForm.getAttribute('data-busy')) {
          event.preventDefault();
          return;
        }
        readForm.setAttribute('data-busy', 'true');
        readForm.setAttribute('aria-busy', 'true');
        var submit = document.getElementById('report-submit');
        if (submit) {
          submit.classList.add('disabled');
          submit.setAttribute('aria-disabled', 'true');
        }
        var reading = document.getElementById('report-reading');
        if (reading) {
          reading.hidden = false;
        }
      });
    }

    // The source panel on a phone: hidden until asked for, then kept above the task list.
    var toggle = document.getElementById('report-source-toggle');
    var panel = document.getElementById('report-source-panel');
    if (toggle && panel) {
      toggle.addEventListener('click', function () {
        var shown = panel.classList.toggle('source-shown');
        toggle.setAttribute('aria-expanded', shown ? 'true' : 'false');
      });
    }

    // A passage selected in the source becomes the text of a new task.
    var source = document.getElementById('report-source');
    var take = document.getElementById('report-source-take');
    var addTask = document.getElementById('add-task');
    var addText = document.getElementById('add-task-text');
    if (source && take && addTask && addText) {
      var selected = '';
      document.addEventListener('selectionchange', function () {
        var selection = window.getSelection();
        if (!selection || selection.rangeCount === 0) {
          return;
        }
        if (source.contains(selection.anchorNode) && source.contains(selection.focusNode)) {
          selected = selection.toString().trim();
          take.disabled = selected.length === 0;
        }
      });
      take.addEventListener('click', function () {
        if (!selected) {
          return;
        }
        addText.value = selected;
        addTask.open = true;
        addText.focus();
        addTask.scrollIntoView({ block: 'nearest' });
      });
    }
  });
})();
