// The charts of the supervision boards. Each chart element carries its data as JSON in its data-chart attribute,
// written by the server (see Chart.java); nothing here builds text or links, it only lays the data out. A click on a
// segment follows the link the server gave it: the task list or unit board behind the number.
(function () {
  'use strict';

  // The colours of luoshi.css's traffic lights, so that a chart and the dots beside it agree.
  var COLORS = { RED: '#d93025', YELLOW: '#f0b429', GREEN: '#2e9d57', CLOSED: '#8a94a6', ON_TIME: '#b3261e' };
  var BAR_HEIGHT = 28;

  function doughnut(chart) {
    return {
      tooltip: { trigger: 'item', renderMode: 'richText', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      series: [{
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '45%'],
        label: { formatter: '{b}\n{c}' },
        data: chart.series.map(function (series) {
          var point = series.points[0];
          return { name: series.name, value: point.value, link: point.link, itemStyle: { color: COLORS[series.key] } };
        })
      }]
    };
  }

  // Horizontal bars, so that long Chinese unit and group names stay readable on a phone.
  function bars(chart) {
    var stacked = chart.kind === 'stacked-bar';
    return {
      tooltip: { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } },
      legend: { show: stacked, bottom: 0 },
      grid: { left: 8, right: 40, top: 8, bottom: stacked ? 36 : 8, containLabel: true },
      xAxis: { type: 'value', max: chart.max, minInterval: 1, axisLabel: { formatter: '{value}' + chart.unit } },
      yAxis: { type: 'category', inverse: true, data: chart.categories, axisLabel: { width: 110, overflow: 'truncate' } },
      series: chart.series.map(function (series) {
        return {
          type: 'bar',
          name: series.name,
          stack: stacked ? 'tasks' : null,
          barMaxWidth: 22,
          itemStyle: { color: COLORS[series.key] },
          label: { show: !stacked, position: 'right', formatter: '{c}' + chart.unit },
          data: series.points.map(function (point) { return { value: point.value, link: point.link }; })
        };
      })
    };
  }

  function draw(element) {
    var chart = JSON.parse(element.getAttribute('data-chart'));
    if (chart.kind !== 'doughnut') {
      element.style.height = Math.max(160, chart.categories.length * BAR_HEIGHT + 60) + 'px';
    }
    // Canvas, and tooltips drawn on it (richText): the SVG renderer and HTML tooltips write style attributes, which
    // the Content-Security-Policy refuses (see SecurityHeaders).
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption(chart.kind === 'doughnut' ? doughnut(chart) : bars(chart));
    instance.on('click', function (event) {
      if (event.data && event.data.link) {
        window.location.assign(event.data.link);
      }
    });
    return instance;
  }

  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = Array.prototype.map.call(document.querySelectorAll('[data-chart]'), draw);
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
