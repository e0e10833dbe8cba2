export interface BadParamProps {
  param: string;
  value: string;
}

/** A clear message for a malformed popup URL parameter, instead of a blank page. */
export function BadParam({ param, value }: BadParamProps) {
  const expected: Record<string, string> = {
    tabId: 'a tab id, a whole number such as ?tabId=42',
    compare: 'two codes separated by a comma, such as ?compare=202,502',
  };
  return (
    <main class="view"><div role="alert">
      <h1 class="view-title">Cannot open this view</h1>
      <p>
        The parameter <code>{param}</code> has the value <code>{value}</code>, but it expects {expected[param] ?? 'another value'}.
      </p>
      </div>
    </main>
  );
}
