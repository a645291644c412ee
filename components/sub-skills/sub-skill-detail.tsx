import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Card, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import type { LearnerSubSkill } from "@/lib/sub-skills/queries";

/** A sub-skill's example tasks, and the work that gives evidence for it with the learner's status. */
export function SubSkillDetail({ subSkill }: { subSkill: LearnerSubSkill }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Card className="min-w-0 lg:col-span-2">
        <CardHeader>
          <CardTitle id="tasks-heading">Example tasks</CardTitle>
          <CardDescription>What people with this sub-skill do at work; practise on tasks like these.</CardDescription>
        </CardHeader>
        <ul aria-labelledby="tasks-heading" className="list-disc space-y-1.5 pl-5 text-sm break-words text-slate-700">
          {subSkill.exampleTasks.map((task) => (
            <li key={task}>{task}</li>
          ))}
        </ul>
      </Card>
      <Card className="min-w-0 self-start">
        <CardHeader>
          <CardTitle id="evidence-heading">Work that shows it</CardTitle>
          <CardDescription>Approved work here raises this sub-skill&apos;s score.</CardDescription>
        </CardHeader>
        <ul aria-labelledby="evidence-heading" className="flex flex-col gap-2 text-sm">
          {subSkill.deliverables.map((d) => (
            <li key={d.id} className="flex flex-wrap items-center gap-2">
              <Link href={`/phases/${d.phaseKey}`} className="min-w-0 break-words text-brand-800 underline">
                {d.title}
              </Link>
              {d.approved ? <Badge tone="success">approved</Badge> : null}
            </li>
          ))}
          {subSkill.projects.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2">
              <Link href="/projects" className="min-w-0 break-words text-brand-800 underline">
                Project: {p.title}
              </Link>
              {p.approved ? <Badge tone="success">approved</Badge> : null}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
