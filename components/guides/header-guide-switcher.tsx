import { unstable_rethrow } from "next/navigation";
import { listLearnerGuides, type LearnerGuideChoice } from "@/lib/guides/queries";
import { GuideSwitcher } from "./guide-switcher";

/**
 * The header's guide switcher, for a learner enrolled in more than one guide (one query). Like
 * the timer, a failed read never takes the header down: it is left out and the reason logged.
 */
export async function HeaderGuideSwitcher({ learnerId }: { learnerId: string }) {
  let guides: LearnerGuideChoice[];
  try {
    guides = await listLearnerGuides(learnerId);
  } catch (error) {
    unstable_rethrow(error);
    console.error("[header] could not read the learner's guides", error);
    return null;
  }
  if (guides.length < 2) return null;
  // From md up: at phone widths the header has no room, and /guides holds the same switcher.
  return (
    <div className="hidden md:block">
      <GuideSwitcher guides={guides} id="header-guide" compact />
    </div>
  );
}
