"""Drives the embedded identity server with the official ZITADEL Python SDK
(PyPI `zitadel-client`), the way an admin's provisioning script would.

Environment: WS_ISSUER (e.g. http://127.0.0.1:8080), WS_PAT (an IAM_OWNER personal
access token), WS_RUN (a suffix that keeps names unique). It creates and reads
organizations (with metadata and a domain), users (human and machine), a project
with roles, a project grant to a second organization and authorizations in both
organizations, then prints one JSON object on stdout: the ids it created and what
the SDK read back. Any SDK error (HTTP status, unparsable response) ends the script
with a non-zero exit and the error on stderr.

The SDK reaches a plain-http loopback issuer as is: `Zitadel.with_access_token`
keeps an explicit `http://` scheme (only a bare host gets `https://`), so no TLS
or transport option is needed.
"""

import base64
import json
import os
import sys

from zitadel_client import Zitadel
from zitadel_client import models as m


def org_ops(z, run):
    """Two organizations (the second receives the project grant), metadata, a domain."""
    acme = z.organizations.add_organization(
        m.OrganizationServiceAddOrganizationRequest(name=f"SDK Acme {run}")
    ).organization_id
    partner = z.organizations.add_organization(
        m.OrganizationServiceAddOrganizationRequest(name=f"SDK Partner {run}")
    ).organization_id
    z.organizations.set_organization_metadata(
        m.OrganizationServiceSetOrganizationMetadataRequest(
            organization_id=acme,
            metadata=[m.OrganizationServiceMetadata(key="tier", value=b64("gold"))],
        )
    )
    z.organizations.add_organization_domain(
        m.OrganizationServiceAddOrganizationDomainRequest(
            organization_id=acme, domain=f"sdk-{run}.example"
        )
    )
    found = z.organizations.list_organizations(
        m.OrganizationServiceListOrganizationsRequest(
            queries=[
                m.OrganizationServiceSearchQuery(
                    id_query=m.OrganizationServiceOrganizationIDQuery(id=acme)
                )
            ]
        )
    )
    meta = z.organizations.list_organization_metadata(
        m.OrganizationServiceListOrganizationMetadataRequest(organization_id=acme)
    )
    domains = z.organizations.list_organization_domains(
        m.OrganizationServiceListOrganizationDomainsRequest(organization_id=acme)
    )
    return acme, partner, {
        "name": found.result[0].name,
        "state": found.result[0].state.value,
        "total": int(found.details.total_result),
        "metadata": {e.key: plain(e.value) for e in meta.metadata},
        "domains": sorted(d.domain for d in domains.domains),
    }


def b64(text):
    return base64.b64encode(text.encode()).decode()


def plain(value):
    """A metadata value as the SDK hands it back (base64 text) decoded."""
    if isinstance(value, (bytes, bytearray)):
        value = value.decode()
    return base64.b64decode(value).decode()


def user_ops(z, acme, partner, run):
    """A human with a password and a machine user in Acme, a human in Partner."""
    def human(org, name):
        return z.users.create_user(
            m.UserServiceCreateUserRequest(
                organization_id=org,
                username=f"{name}-{run}",
                human=m.UserServiceHuman(
                    profile=m.UserServiceProfile(given_name=name.title(), family_name="Sdk"),
                    email=m.UserServiceSetHumanEmail(email=f"{name}-{run}@sdk.example", is_verified=True),
                    password=m.UserServiceSetPassword(
                        password=m.UserServicePassword(password="Sdk-pass-1!", change_required=False)
                    ),
                ),
            )
        ).id

    ann = human(acme, "ann")
    pete = human(partner, "pete")
    bot = z.users.create_user(
        m.UserServiceCreateUserRequest(
            organization_id=acme,
            username=f"bot-{run}",
            machine=m.UserServiceMachine(name="SDK bot", description="made by the SDK test"),
        )
    ).id
    got = z.users.get_user_by_id(m.UserServiceGetUserByIDRequest(user_id=ann)).user
    listed = z.users.list_users(
        m.UserServiceListUsersRequest(
            queries=[
                m.UserServiceSearchQuery(
                    organization_id_query=m.UserServiceOrganizationIdQuery(organization_id=acme)
                )
            ]
        )
    )
    return {"ann": ann, "pete": pete, "bot": bot}, {
        "username": got.username,
        "given_name": got.human.profile.given_name,
        "email": got.human.email.email,
        "state": got.state.value,
        "login": got.preferred_login_name,
        "acme_users": sorted(u.username for u in listed.result),
    }


def project_ops(z, acme, partner, run):
    """A project with two roles in Acme, granted to Partner with one of them."""
    project = z.projects.create_project(
        m.ProjectServiceCreateProjectRequest(
            organization_id=acme, name=f"SDK Portal {run}", project_role_assertion=True
        )
    ).project_id
    for key in ("admin", "viewer"):
        z.projects.add_project_role(
            m.ProjectServiceAddProjectRoleRequest(
                project_id=project, role_key=key, display_name=key.title()
            )
        )
    z.projects.create_project_grant(
        m.ProjectServiceCreateProjectGrantRequest(
            project_id=project, granted_organization_id=partner, role_keys=["viewer"]
        )
    )
    got = z.projects.get_project(m.ProjectServiceGetProjectRequest(project_id=project)).project
    roles = z.projects.list_project_roles(
        m.ProjectServiceListProjectRolesRequest(project_id=project)
    )
    grants = z.projects.list_project_grants(
        m.ProjectServiceListProjectGrantsRequest(
            filters=[
                m.ProjectServiceProjectGrantSearchFilter(
                    in_project_ids_filter=m.ProjectServiceInIDsFilter(ids=[project])
                )
            ]
        )
    )
    grant = grants.project_grants[0]
    return project, {
        "name": got.name,
        "state": got.state.value,
        "role_assertion": got.project_role_assertion,
        "roles": sorted(r.key for r in roles.project_roles),
        "grants": len(grants.project_grants),
        "grant_org": grant.granted_organization_id,
        "grant_roles": grant.granted_role_keys,
        "grant_state": grant.state.value,
    }


def authz_ops(z, acme, partner, project, users):
    """Ann gets admin in Acme (owner org); Pete gets viewer in Partner (through the grant)."""
    own = z.authorizations.create_authorization(
        m.AuthorizationServiceCreateAuthorizationRequest(
            user_id=users["ann"], project_id=project, organization_id=acme, role_keys=["admin"]
        )
    ).id
    granted = z.authorizations.create_authorization(
        m.AuthorizationServiceCreateAuthorizationRequest(
            user_id=users["pete"], project_id=project, organization_id=partner, role_keys=["viewer"]
        )
    ).id
    listed = z.authorizations.list_authorizations(
        m.AuthorizationServiceListAuthorizationsRequest(
            filters=[
                m.AuthorizationServiceAuthorizationsSearchFilter(
                    project_id=m.AuthorizationServiceIDFilter(id=project)
                )
            ]
        )
    )
    return {"own": own, "granted": granted}, sorted(
        (
            {
                "id": a.id,
                "user": a.user.id,
                "org": a.organization.id,
                "roles": [r.key for r in a.roles],
                "state": a.state.value,
            }
            for a in listed.authorizations
        ),
        key=lambda a: a["user"],
    )


def main():
    issuer, pat, run = os.environ["WS_ISSUER"], os.environ["WS_PAT"], os.environ["WS_RUN"]
    with Zitadel.with_access_token(issuer, pat) as z:
        acme, partner, orgs = org_ops(z, run)
        user_ids, users = user_ops(z, acme, partner, run)
        project, projects = project_ops(z, acme, partner, run)
        authz_ids, authzs = authz_ops(z, acme, partner, project, user_ids)
    out = {
        "ids": {"acme": acme, "partner": partner, "project": project, **user_ids, **authz_ids},
        "orgs": orgs,
        "users": users,
        "projects": projects,
        "authorizations": authzs,
    }
    json.dump(out, sys.stdout, sort_keys=True)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
