// crosscheck: optional niceties. Every page works without this script.
// Charts and maps carry their details in SVG <title> elements, which browsers show after a
// delay; this shows the same text at once, next to the pointer.
(function () {
  "use strict";
  var tip = document.createElement("div");
  tip.className = "tip";
  tip.setAttribute("aria-hidden", "true");
  tip.hidden = true;
  document.body.appendChild(tip);
  function titleOf(node) {
    for (; node && node.nodeName !== "svg"; node = node.parentNode) {
      var first = node.firstElementChild;
      if (first && first.nodeName === "title") return first.textContent;
    }
    return null;
  }
  document.addEventListener("mousemove", function (event) {
    var inChart = event.target.closest && event.target.closest("svg.map, svg.chart");
    var text = inChart ? titleOf(event.target) : null;
    if (!text || event.target.nodeName === "svg") { tip.hidden = true; return; }
    tip.textContent = text;
    tip.hidden = false;
    var x = Math.min(event.clientX + 14, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = Math.max(4, x) + "px";
    tip.style.top = (event.clientY + 16) + "px";
  });
})();
