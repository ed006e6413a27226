// The workbench's one script. Pages work without it; it makes posting forms answer in place,
// and opens a decision's explanation from the keyboard as well as the mouse.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-inplace]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const status = form.querySelector("[role=status]");
      if (status) status.textContent = "Working…";
      const response = await fetch(form.action, { method: "POST", body: new FormData(form), headers: { "Accept": "application/json" } });
      const body = await response.json().catch(() => ({}));
      if (!response.ok) {
        if (status) status.textContent = (body.error && body.error.code + " " + body.error.message) || ("Failed: " + response.status);
        return;
      }
      if (body.redirect) { window.location.assign(body.redirect); return; }
      if (status) status.textContent = body.message || "Done.";
    });
  }
});
