export { dammCheckDigit, isDammValid } from "./damm.js";
export {
  displayDisputeCode,
  formatDisputeCode,
  parseDisputeCode,
  type DisputeCodeParts,
  type DisputeCodeResult,
} from "./dispute-code.js";
