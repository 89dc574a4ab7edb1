// The mock OAuth provider page's script (public/oauth-mock.html), in a file of its own so the page
// runs under the console's Content-Security-Policy (script-src 'self': no inline script).
(function () {
  var params = new URLSearchParams(window.location.search);
  var redirect = params.get("redirect_uri");
  var state = params.get("state") || "";
  var client = params.get("client");
  var app = params.get("client_id");
  // textContent only: the connector name and the app come from the URL.
  if (client)
    document.getElementById("request").textContent =
      "Syncdeck asks for access to your " + client + " account" + (app ? " for the app " + app : "") + ".";
  function finish(result) {
    var query = new URLSearchParams(result);
    query.set("state", state);
    if (redirect) {
      var target;
      try {
        target = new URL(redirect, window.location.href);
      } catch {
        target = null;
      }
      if (target && (target.protocol === "http:" || target.protocol === "https:")) {
        query.forEach(function (value, key) {
          target.searchParams.set(key, value);
        });
        window.location.assign(target.toString());
        return;
      }
    }
    if (window.opener) {
      window.opener.postMessage({ type: "syncdeck-mock-oauth", query: Object.fromEntries(query) }, window.location.origin);
      window.close();
      return;
    }
    document.getElementById("error").textContent = "No valid redirect address was given, so the result cannot be returned.";
  }
  var allow = document.getElementById("allow");
  var deny = document.getElementById("deny");
  allow.addEventListener("click", function () {
    finish({ code: "mock-code-" + Math.random().toString(36).slice(2, 10) });
  });
  deny.addEventListener("click", function () {
    finish({ error: "access_denied" });
  });
  // The page renders them disabled: they work from here on.
  allow.disabled = false;
  deny.disabled = false;
  allow.focus();
})();
