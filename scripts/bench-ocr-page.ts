// The browser side of scripts/bench-ocr.ts: the app's own screenshot reader, bundled by esbuild.
import { readImageText } from "../lib/capture/ocr-client";

(window as unknown as { readImageText: typeof readImageText }).readImageText = readImageText;
