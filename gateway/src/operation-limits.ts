// First line against abusive operations, before any subgraph is asked: depth, aliases, tokens,
// directives and an estimated cost (graphql-armor). The limits are not revealed in error messages.
import { ApolloArmor } from "@escape.tech/graphql-armor";
import type { ApolloServerPlugin } from "@apollo/server";
import type { ValidationRule } from "graphql";
import { intFromEnv } from "@onedoor/shared/config";

export function operationLimits(production: boolean): {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
} {
  const armor = new ApolloArmor({
    // Introspection counts too: deeply nested __schema queries are a classic way to burn CPU.
    maxDepth: {
      n: intFromEnv("LIMIT_MAX_DEPTH", 12),
      exposeLimits: false,
      flattenFragments: true,
      ignoreIntrospection: false,
    },
    maxAliases: { n: intFromEnv("LIMIT_MAX_ALIASES", 20), exposeLimits: false },
    maxTokens: { n: intFromEnv("LIMIT_MAX_TOKENS", 3_000), exposeLimits: false },
    maxDirectives: { n: intFromEnv("LIMIT_MAX_DIRECTIVES", 30), exposeLimits: false },
    costLimit: { maxCost: intFromEnv("LIMIT_MAX_COST", 10_000), exposeLimits: false },
    // Suggestions ("did you mean ...?") map out the schema for an attacker once introspection is off.
    blockFieldSuggestion: { enabled: production },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins: plugins as ApolloServerPlugin[], validationRules: validationRules as ValidationRule[] };
}
