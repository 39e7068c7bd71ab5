declare module "s3rver" {
  type Options = { port?: number; address?: string; silent?: boolean; directory?: string; configureBuckets?: { name: string }[] };
  export default class S3rver {
    constructor(options?: Options);
    run(): Promise<import("node:net").AddressInfo>;
    close(): Promise<void>;
  }
}
