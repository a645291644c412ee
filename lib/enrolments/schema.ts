import { z } from "zod";
import { hiddenIdField } from "@/lib/validation/fields";

/** A learner's choice of guide (enrol on an overview, switch in the nav or the catalogue). */
export const chooseGuideSchema = z.object({ guideId: hiddenIdField("guide") });

export const GUIDE_CLOSED_MESSAGE = "This guide is not open for enrolment. Pick a guide from the catalogue.";
export const NOT_ENROLLED_MESSAGE = "You are not enrolled in that guide. Enrol from its page in the catalogue first.";
