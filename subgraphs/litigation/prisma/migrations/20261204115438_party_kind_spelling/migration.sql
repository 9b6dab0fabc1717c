-- One spelling of 法人或其他组织 across the graph (the registry's ORGANISATION). Renamed in place, so the
-- parties already on file keep their kind (a new type and a cast would refuse the old value).
ALTER TYPE "PartyKind" RENAME VALUE 'ORGANIZATION' TO 'ORGANISATION';
