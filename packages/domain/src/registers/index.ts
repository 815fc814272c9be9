// Register records (legal reviews, legal documents, self-inspections) and the plan tasks they serve.
export * from './serves.js';
