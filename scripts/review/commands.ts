import type { ReviewCommand } from './command';

/** Every subcommand of `npm run review`, in the order `--help` lists them. */
export const commands: ReviewCommand[] = [];
