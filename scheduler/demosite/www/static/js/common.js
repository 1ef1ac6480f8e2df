// Copy-link button of the share bar; everything else on the page is static.
document.addEventListener("click", function (event) {
  var target = event.target;
  if (target && target.classList && target.classList.contains("share-copy")) {
    event.preventDefault();
    if (navigator.clipboard) { navigator.clipboard.writeText(window.location.href); }
  }
});
