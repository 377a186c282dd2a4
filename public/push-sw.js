// Calfwatch web push: shows the diary reminder and opens the diary when it is clicked.
self.addEventListener('push', (event) => {
  const data = event.data ? event.data.json() : {};
  event.waitUntil(
    self.registration.showNotification(data.title || 'Calfwatch', {
      body: data.body || 'Your diary entry for last night is not in yet.',
      data: { url: data.url || '/diary/new' },
    }),
  );
});
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  event.waitUntil(self.clients.openWindow(event.notification.data.url));
});
