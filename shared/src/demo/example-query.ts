/** The query shown in GraphiQL and printed by `npm start`: one dispute across all five departments. */
export const EXAMPLE_QUERY = `# 一码管到底: one dispute, every department's records
query OneDispute {
  dispute(code: "330122260000027") {
    code
    title
    category
    status
    mediationCases { committee mediatorName status acceptedAt }
    arbitrationCases { caseNumber status receivedAt }
    courtCases { caseNumber procedure status filedAt }
    legalAidCases { matterType status appliedAt }
  }
}
`;
