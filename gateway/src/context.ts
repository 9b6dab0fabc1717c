import type { Identity } from "@onedoor/shared/auth/identity";
import type { Logger } from "@onedoor/shared/logger";

export interface GatewayContext {
  identity: Identity;
  requestId: string;
  log: Logger;
}
