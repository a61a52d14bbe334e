// Draws the dyad timeline from the figure the page carries as JSON; a click on a point opens its event.
(function () {
  "use strict";
  function draw() {
    var holder = document.getElementById("chart");
    var data = document.getElementById("dyad-figure");
    if (!holder || !data || typeof Plotly === "undefined") { return; }
    var fig = JSON.parse(data.textContent);
    Plotly.newPlot(holder, fig.data, fig.layout, { responsive: true, displaylogo: false }).then(function () {
      holder.setAttribute("data-ready", "1");
    });
    holder.on("plotly_click", function (ev) {
      var point = ev.points && ev.points[0];
      if (point && point.customdata) { window.location.href = "/events/" + encodeURIComponent(point.customdata); }
    });
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", draw); } else { draw(); }
})();
