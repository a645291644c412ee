import { ADMIN_ONLY, type Rules } from "./rules";

/** The audit trail (lib/audit): read by admins only; its page is guarded, its CSV export here. */
export const rules: Rules = {
  "app/api/admin/audit/export/route.ts#GET": {
    expect: ADMIN_ONLY,
    request: () => new Request("http://localhost/api/admin/audit/export?kind=Cohort&from=2026-01-01"),
  },
};
