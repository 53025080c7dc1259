// The indicators' trend charts. Each chart element carries its data as JSON in its data-chart attribute, written by the
// server (IndicatorController.chart): this year's and last year's cumulative values by month.
(function () {
  'use strict';

  var COLORS = ['#b3261e', '#8a94a6'];

  function draw(element) {
    var chart = JSON.parse(element.getAttribute('data-chart'));
    element.style.height = '260px';
    // Canvas and richText tooltips: the SVG renderer and HTML tooltips write style attributes the CSP refuses.
    var instance = echarts.init(element, null, { renderer: 'canvas' });
    instance.setOption({
      tooltip: { trigger: 'axis', renderMode: 'richText' },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 16, bottom: 36, containLabel: true },
      xAxis: { type: 'category', data: chart.categories },
      yAxis: { type: 'value', axisLabel: { formatter: '{value}' } },
      series: chart.series.map(function (series, i) {
        return { type: 'line', name: series.name, data: series.values, connectNulls: true, symbolSize: 6,
          itemStyle: { color: COLORS[i % COLORS.length] }, lineStyle: { type: i === 0 ? 'solid' : 'dashed' } };
      })
    });
    return instance;
  }

  if (typeof echarts === 'undefined') {
    return;
  }
  var charts = Array.prototype.map.call(document.querySelectorAll('.economy-chart[data-chart]'), draw);
  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });
})();
