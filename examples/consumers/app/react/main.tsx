// A React 19 app: <BriefingFeed> from @briefing/feed/react, with the feed as a prop and the load
// event as a typed callback.
import { BriefingFeed } from '@briefing/feed/react';
import seed from '@briefing/schema/fixtures/should-pass/seed-feed.json';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [accepted, setAccepted] = useState<number | null>(null);
  return (
    <main>
      <p id="status">{accepted === null ? 'loading' : `${accepted} briefings`}</p>
      <BriefingFeed
        feed={seed}
        currency="EUR"
        onBriefingFeedLoad={(event) => setAccepted(event.detail.accepted)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
