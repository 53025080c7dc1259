// A key project's investment chart: the month's completed investment as bars, the year so far as a line, the year's
// plan as a dashed line. The data is JSON in the element's data-chart attribute (ProjectController.chart), the series'
// names in data-labels ("monthly|cumulative|plan", in the page's language).
(function () {
  'use strict';

  function draw(element) {
    var chart = JSON.parse(element.getAttribute('data-chart'));
    var labels = (element.getAttribute('data-labels') || 'monthly|cumulative|plan').split('|');
    element.style.height = '260px';
    // Canvas and richText tooltips: the SVG renderer and HTML tooltips write style attributes the CSP refuses.
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    var series = [
      { type: 'bar', name: labels[0], data: chart.monthly, itemStyle: { color: '#8a94a6' } },
      { type: 'line', name: labels[1], data: chart.cumulative, connectNulls: false, symbolSize: 6, itemStyle: { color: '#b3261e' } }
    ];
    if (chart.planned !== null && chart.planned !== undefined) {
      series.push({ type: 'line', name: labels[2], data: chart.categories.map(function () { return chart.planned; }), symbol: 'none',
        lineStyle: { type: 'dashed' }, itemStyle: { color: '#1f6f43' } });
    }
    instance.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: chart.categories },
      yAxis: { type: 'value' },
      series: series
    });
    return instance;
  }

  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = Array.prototype.map.call(document.querySelectorAll('.projects-chart[data-chart]'), draw);
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
