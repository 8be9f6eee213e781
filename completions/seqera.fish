complete --keep-order --exclusive --command seqera --arguments "(COMPLETE=fish seqera -- (commandline --current-process --tokenize --cut-at-cursor) (commandline --current-token))"
