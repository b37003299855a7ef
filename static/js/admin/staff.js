// Every staff page (templates/admin/base_site.html), WCAG 4.1.2 over the stock admin widgets:
// - the search-as-you-type selects (select2) name their combobox after the field's label, so
//   a screen reader announces "Review, NEL-2026-01 ..." and not a nameless box;
// - the two-list selects' help icons, spans with an aria-label, become images with that name.
"use strict";
(function () {
  function label(select) {
    const wrapper = select.parentElement.querySelector(".select2-selection");
    const rendered = wrapper && wrapper.querySelector(".select2-selection__rendered");
    const tag = select.id && document.querySelector(`label[for="${select.id}"]`);
    if (!rendered || !tag) return;
    tag.id = tag.id || `${select.id}-label`;
    const names = `${tag.id} ${rendered.id}`;
    wrapper.setAttribute("aria-labelledby", names);
    rendered.setAttribute("aria-labelledby", names);
  }
  function labelAll() {
    document.querySelectorAll("select.admin-autocomplete").forEach(label);
    document.querySelectorAll("span.search-label-icon[aria-label]").forEach((icon) => {
      icon.setAttribute("role", "img");
    });
  }
  // After the admin's own load handlers, which build these widgets.
  window.addEventListener("load", () => setTimeout(labelAll));
  document.addEventListener("formset:added", () => setTimeout(labelAll));
})();
