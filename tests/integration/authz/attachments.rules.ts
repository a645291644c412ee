import { createDraftVersion, createSubmittedFile, pdfFile, storeFile } from "../../support/attachments";
import { LEARNER_READ, LEARNERS_ONLY, self, type CallContext, type Rules } from "./rules";

/**
 * Attachments are added and removed by the learner on their own draft (the actions take a
 * version or file id, found through the caller's own submissions: "learner-other" acts on a
 * draft of their own). The download reads the target learner's submitted file: the learner,
 * their assigned mentor and admins get it; everyone else gets the 404 a missing file gets.
 * tests/integration/attachments.test.ts covers foreign ids, types, sizes and the freeze.
 */
async function ownDraft(context: CallContext) {
  return createDraftVersion(self(context).id);
}

export const rules: Rules = {
  "lib/attachments/actions.ts#addAttachmentAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ versionId: (await ownDraft(context)).versionId, file: pdfFile() }),
  },
  "lib/attachments/actions.ts#removeAttachmentAction": {
    expect: LEARNERS_ONLY,
    input: async (context) => ({ attachmentId: await storeFile((await ownDraft(context)).versionId) }),
  },
  "app/api/attachments/[attachmentId]/route.ts#GET": {
    expect: LEARNER_READ,
    deniedAs: 404,
    request: () => new Request("http://localhost/api/attachments/x"),
    params: async ({ target }) => ({ attachmentId: (await createSubmittedFile(target.id)).attachmentId }),
  },
};
