/**
 * /instructors/class/: the instructor pastes (or opens as a file) the quiz result links and
 * simulator run links students handed in; the page decodes them with the tools' own code
 * (src/lib/class-view calls src/lib/quiz and src/lib/simulator) and shows the class together.
 * Everything happens in this browser tab: the links are read here and sent nowhere, and nothing
 * is stored, so closing the tab forgets them.
 */
import type { ComponentChildren } from 'preact';
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import type { Decoded } from '../../lib/class-view';
import type * as ClassReaderModule from './class-view/reader';

type ClassReader = typeof ClassReaderModule;
import { QUIZ_DATA_PATH, isQuizData } from '../../lib/quiz/tool-data';
import { SIMULATOR_DATA_PATH, isScenarioList } from '../../lib/simulator/tool-data';
import { useToolData } from './tool/useToolData';
import LoadState from './tool/LoadState';

export default function ClassView({ children }: { children?: ComponentChildren }) {
  const quiz = useToolData(QUIZ_DATA_PATH, isQuizData);
  const scenarios = useToolData(SIMULATOR_DATA_PATH, isScenarioList);
  const text = useSignal('');
  const decoded = useSignal<Decoded | null>(null);
  const took = useSignal(0);
  const fileNote = useSignal('');
  const report = useRef<HTMLDivElement>(null);
  const ready = quiz.data !== null || scenarios.data !== null;
  // Both files must have loaded (or failed) before reading, or one tool's links would be counted unreadable.
  const settled = (tool: { data: unknown; failure: string }) => tool.data !== null || tool.failure !== '';
  const loading = !settled(quiz) || !settled(scenarios);

  // The decoder and the report load on the first read (see class-view/reader.ts).
  const reader = useSignal<ClassReader | null>(null);
  const readerFailed = useSignal(false);
  const read = async (value: string) => {
    if (!reader.value) {
      try {
        reader.value = await import('./class-view/reader');
        readerFailed.value = false;
      } catch {
        readerFailed.value = true;
        return;
      }
    }
    const started = performance.now();
    decoded.value = reader.value.decodeClass(value, { quiz: quiz.data, scenarios: scenarios.data });
    took.value = performance.now() - started;
    queueMicrotask(() => report.current?.focus());
  };

  const openFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    if (file.size > 2_000_000) {
      fileNote.value = `“${file.name}” is larger than 2 MB; a class’s links fit in far less. Choose a text or CSV file of links.`;
      return;
    }
    const content = await file.text();
    text.value = content;
    fileNote.value = `Read “${file.name}”.`;
    await read(content);
  };

  return (
    <div class="class-view">
      {children}
      {ready && (quiz.failure || scenarios.failure) && (
        <div class="notice" role="alert">
          <p>
            {quiz.failure
              ? 'The quiz’s data did not load, so quiz links will be listed as unreadable.'
              : 'The simulator’s data did not load, so run links will be listed as unreadable.'}
          </p>
          <button
            type="button"
            class="button button--quiet"
            onClick={() => (quiz.failure ? quiz.retry() : scenarios.retry())}
          >
            Try again
          </button>
        </div>
      )}
      <form
        class="tool-controls class-view__form"
        onSubmit={(e) => {
          e.preventDefault();
          void read(text.value);
        }}
      >
        <div class="field">
          <label for="class-links">Links, one per line</label>
          <p class="field__hint" id="class-links-hint">
            Quiz result links (<code>…/quiz/?r=v1.…</code>) and simulator run links (<code>…/simulator/?run=…</code>),
            in any order. A name before or after a link labels that student; without one, the line number does.
          </p>
          <textarea
            id="class-links"
            aria-describedby="class-links-hint"
            rows={8}
            spellcheck={false}
            autocomplete="off"
            value={text.value}
            onInput={(e) => (text.value = e.currentTarget.value)}
          />
        </div>
        <div class="field">
          <label for="class-file">Or open a file of links (text or CSV)</label>
          <input
            id="class-file"
            type="file"
            disabled={loading}
            accept=".txt,.csv,.tsv,text/plain,text/csv"
            onChange={(e) => void openFile(e.currentTarget)}
          />
          <p class="field__hint" role="status">
            {fileNote.value}
          </p>
        </div>
        <div class="tool-actions">
          <button type="submit" class="button" disabled={loading}>
            Show the class
          </button>
          <button
            type="button"
            class="button button--quiet"
            onClick={() => {
              text.value = '';
              decoded.value = null;
              fileNote.value = '';
            }}
          >
            Clear
          </button>
        </div>
      </form>
      {/* Below the form, so the form does not move up when the data arrives and the line goes. */}
      {(loading || !ready) && (
        <LoadState
          failure={quiz.failure && scenarios.failure ? quiz.failure : ''}
          onRetry={() => {
            quiz.retry();
            scenarios.retry();
          }}
          loadingText="Loading the quiz and the simulator’s data…"
        />
      )}
      <div ref={report} tabIndex={-1} class="class-view__report">
        {readerFailed.value && (
          <p class="notice" role="alert">
            The part of the page that reads the links could not load. Check your connection and press “Show the class”
            again; your links are still in the box.
          </p>
        )}
        {decoded.value && reader.value && (
          <reader.value.ClassReport decoded={decoded.value} quiz={quiz.data} took={took.value} />
        )}
      </div>
    </div>
  );
}
