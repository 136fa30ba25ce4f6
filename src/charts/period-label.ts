// Period labels moved to domain/ so the map's swipe can name its periods; charts keep this import path.
export { monthsLabel, periodLabel, type PeriodFormatters } from '@/domain/period-label';
