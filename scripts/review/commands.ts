import type { ReviewCommand } from './command';
import { costCommand } from './cost';
import { documentsCommand } from './documents';
import { dossiersCommand } from './dossiers';
import { newCommand } from './new';
import { planCommand } from './plan';
import { reportCommand } from './report';
import { scoreCommand } from './score';

/** Every subcommand of `npm run review`, in the order `--help` lists them. */
export const commands: ReviewCommand[] = [
	planCommand,
	newCommand,
	scoreCommand,
	costCommand,
	dossiersCommand,
	documentsCommand,
	reportCommand,
];
