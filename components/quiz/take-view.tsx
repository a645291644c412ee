import { AttemptHeader } from "@/components/quiz/attempt-header";
import type { AttemptToTake } from "@/lib/quiz/queries";
import { formatInstant, plural } from "@/lib/ui/format";
import { QuizTakeForm } from "./quiz-take-form";

/** An open attempt: its questions (prompts and options only) and the submit form. */
export function TakeAttemptView({ attempt, timeZone }: { attempt: AttemptToTake; timeZone: string }) {
  return (
    <>
      <AttemptHeader
        title="Take the quiz"
        description={
          <>
            {plural(attempt.questions.length, "question")}, started {formatInstant(attempt.startedAt, timeZone)}. Answer
            every question, then submit: you&apos;ll see your score per sub-skill and an explanation for each question.
            Your answers are saved only when you submit.
          </>
        }
      />
      <div className="max-w-3xl">
        <QuizTakeForm attemptId={attempt.id} questions={attempt.questions} />
      </div>
    </>
  );
}
