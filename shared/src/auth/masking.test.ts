import { describe, expect, it } from "vitest";
import { maskPersonName, maskPhone, maskResidentId } from "./masking.js";

describe("masking personal data", () => {
  it("keeps the region and the last four characters of an ID number", () => {
    expect(maskResidentId("33012219900101123X")).toBe("330122********123X");
    expect(maskResidentId("330122900101123")).toBe("330122*****1123");
  });

  it("keeps the carrier prefix and the last four digits of a mobile number", () => {
    expect(maskPhone("13812345678")).toBe("138****5678");
    expect(maskPhone("+86 138-1234-5678")).toBe("138****5678");
    expect(maskPhone("0571-88886666")).toBe("********6666");
  });

  it("keeps only the family name, compound surnames included", () => {
    expect(maskPersonName("张三")).toBe("张*");
    expect(maskPersonName("周秀英")).toBe("周**");
    expect(maskPersonName("欧阳娜娜")).toBe("欧阳**");
    expect(maskPersonName("欧阳")).toBe("欧*");
  });
});
