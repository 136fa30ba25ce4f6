// Briefing step navigation for the embed API: the briefing feature's own (keeps language, stops playback).
export { goToStep, stepBy } from '@/briefing/step-navigation';
