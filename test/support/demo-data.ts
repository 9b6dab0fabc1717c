// What a start with SEED_DEMO_DATA=1 must have written, read through the gateway: every demo story with
// each department's records, and the registry's alerts (written last, after the stories).
import { expect } from "vitest";
import { DEMO_DISPUTES } from "@onedoor/shared/demo/stories";
import { graphql } from "./system.js";

export async function expectCompleteDemoData(gatewayUrl: string): Promise<void> {
  const query = `query Story($code: ID!) {
    dispute(code: $code) { code mediationCases { status } arbitrationCases { caseNumber } courtCases { caseNumber } legalAidCases { status } }
  }`;
  for (const story of DEMO_DISPUTES) {
    const { body } = await graphql<{
      dispute: Record<"mediationCases" | "arbitrationCases" | "courtCases" | "legalAidCases", unknown[]> | null;
    }>(gatewayUrl, query, { code: story.code });
    expect(body.errors, story.code).toBeUndefined();
    expect(
      {
        code: story.code,
        mediation: body.data?.dispute?.mediationCases.length,
        arbitration: body.data?.dispute?.arbitrationCases.length,
        litigation: body.data?.dispute?.courtCases.length,
        legalAid: body.data?.dispute?.legalAidCases.length,
      },
      story.code,
    ).toEqual({
      code: story.code,
      mediation: story.mediation.length,
      arbitration: story.arbitration.length,
      litigation: story.litigation.length,
      legalAid: story.legalAid.length,
    });
  }
  const alerts = await graphql<{ alerts: { totalCount: number } }>(
    gatewayUrl,
    "query Alerts { alerts { totalCount } }",
  );
  expect(alerts.body.errors).toBeUndefined();
  expect(alerts.body.data?.alerts.totalCount).toBeGreaterThan(0);
}
