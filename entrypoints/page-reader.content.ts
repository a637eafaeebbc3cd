import { readPage } from '@/lib/capture/read-page';

// Injected on demand (activeTab) into the page the rep acted on; its return value
// is the answer. It reads the DOM and touches nothing.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return readPage(document, location.href, Date.now());
  },
});
