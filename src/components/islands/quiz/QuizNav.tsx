/** Back and the next step, at the foot of each quiz screen. */
interface Props {
  onBack: () => void;
  onNext: () => void;
  nextLabel: string;
}

export default function QuizNav({ onBack, onNext, nextLabel }: Props) {
  return (
    <div class="quiz-nav">
      <button type="button" class="button button--quiet" onClick={onBack}>
        Back
      </button>
      <button type="button" class="button" onClick={onNext}>
        {nextLabel}
      </button>
    </div>
  );
}
