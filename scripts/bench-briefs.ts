import type { MemoryBriefingService } from '../src/service/briefing-service.js';
import { log, percentile, round, time } from './bench-timing.js';

/** People whose article count is nearest `articles`, each asked by full name (the brief resolves it as /who does). */
function peopleNear(service: MemoryBriefingService, articles: number, count: number): string[] {
  return [...service.knowledge().people.persons]
    .filter((person) => person.name.includes(' '))
    .sort(
      (left, right) =>
        Math.abs(left.articleIds.length - articles) - Math.abs(right.articleIds.length - articles) ||
        left.name.localeCompare(right.name),
    )
    .slice(0, count)
    .map((person) => person.name);
}

/**
 * /brief over people with about 50 articles (the target: under 200 ms each, in the
 * process, from the tables), and over a few topics; medians and p99 over `rounds` rounds.
 */
export function benchBriefs(
  service: MemoryBriefingService,
  topics: readonly string[],
  rounds: number,
): { briefPersonP50Ms: number; briefPersonP99Ms: number; briefTopicP50Ms: number; briefPeople: string[] } {
  const people = peopleNear(service, 50, 10);
  const described = people.map((name) => {
    const brief = service.brief({ subject: name });
    return `${name} (${brief.articleCount} articles, ${brief.sources.length} stories)`;
  });
  const personTimings = time(people, (name) => service.brief({ subject: name }), rounds);
  const topicTimings = time(topics, (topic) => service.brief({ subject: topic }), rounds);
  const figures = {
    briefPersonP50Ms: round(percentile(personTimings, 0.5)),
    briefPersonP99Ms: round(percentile(personTimings, 0.99)),
    briefTopicP50Ms: round(percentile(topicTimings, 0.5)),
    briefPeople: described,
  };
  log(`brief: ${people.length} people near 50 articles: ${described.join('; ')}`);
  log(
    `brief x ${rounds}: person p50 ${figures.briefPersonP50Ms} ms, p99 ${figures.briefPersonP99Ms} ms; topic (${topics.length} from the search questions) p50 ${figures.briefTopicP50Ms} ms`,
  );
  return figures;
}
