export * from './collab-documents';
