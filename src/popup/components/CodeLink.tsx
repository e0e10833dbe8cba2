// A link to another code's explanation. Inside the extension page it navigates the page itself
// (?code=NNN), which keeps deep links and history working.
export function CodeLink({ code }: { code: number | string }) {
  return (
    <a class="code-link" href={`?code=${encodeURIComponent(String(code))}`}>
      {code}
    </a>
  );
}
