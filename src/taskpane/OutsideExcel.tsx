/**
 * The page shown when the task pane is not running inside Excel (opened in a browser tab, another Office
 * application) or office.js could not be loaded: what this is and how to load it into Excel. Plain HTML, no
 * Fluent, both languages; the page's own colour scheme (taskpane.html).
 */
import { OUTSIDE_WORDS, type OutsideReason } from "./outsideWords";

export function OutsideExcel({ reason, host }: { reason: OutsideReason; host: string | null }) {
  return (
    <main className="outside">
      {(["ja", "en"] as const).map((lang) => {
        const w = OUTSIDE_WORDS[lang];
        return (
          <section key={lang} lang={lang} aria-labelledby={`outside-${lang}`}>
            <h1 id={`outside-${lang}`}>{w.title}</h1>
            <p>
              <strong>{w.reason(reason, host)}</strong>
            </p>
            <p>{w.what}</p>
            <h2>{w.howTitle}</h2>
            <ol>
              <li>
                {w.manifest[0]}
                <a href="manifest.xml" download>
                  manifest.xml
                </a>
                {w.manifest[1]}
              </li>
              <li>{w.web}</li>
              <li>{w.desktop}</li>
              <li>{w.open}</li>
            </ol>
            <p>{w.privacy}</p>
          </section>
        );
      })}
    </main>
  );
}
