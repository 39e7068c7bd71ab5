import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  experimental: {
    // Files never go through server actions (they stream to /api/evidence, which enforces its
    // own 10 MB cap while reading), so actions keep Next's small default, stated here on purpose.
    serverActions: { bodySizeLimit: "1mb" },
    // If a proxy.ts is ever added, Next buffers bodies for it: allow one evidence file (10 MB)
    // plus headers, and no more.
    proxyClientMaxBodySize: "11mb",
  },
};

export default withNextIntl(nextConfig);
