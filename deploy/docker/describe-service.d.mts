/** What an image runs (describe-service.mjs). */
export interface ServiceDescription {
  service: string;
  /** Relative to the image's working directory (/app). */
  bundle: string;
  portVariable: string;
  port: number;
}

export function describeService(service: string): ServiceDescription;
