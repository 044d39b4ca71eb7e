# A local Secrets Manager endpoint (the awsJson1_1 protocol) for record.sh: it answers each
# operation as the mode file says, so that the real `aws` command can be recorded against it.
# python3 fake-endpoint.py PORT  (the mode is read from $FAKE_ENDPOINT_MODE, default ./mode)
import json, os, sys, http.server
MODE_FILE = os.environ.get("FAKE_ENDPOINT_MODE", "mode")
POLICY = json.dumps({"Version":"2012-10-17","Statement":[{"Sid":"ReadCurrent","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets"},"Action":"secretsmanager:GetSecretValue","Resource":"*","Condition":{"ForAnyValue:StringEquals":{"secretsmanager:VersionStage":"AWSCURRENT"}}}]}, separators=(",",":"))
CHANGED = json.dumps({"Version":"2012-10-17","Statement":[{"Sid":"ReadCurrent","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:role/EC2RoleToAccessSecrets"},"Action":"secretsmanager:GetSecretValue","Resource":"*","Condition":{"ForAnyValue:StringEquals":{"secretsmanager:VersionStage":"AWSCURRENT"}}},{"Sid":"AuditorDescribe","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::444455556666:role/Auditor"},"Action":"secretsmanager:DescribeSecret","Resource":"*"}]}, separators=(",",":"))
ARN1="arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf"
def secret(i):
    return {"ARN":"arn:aws:secretsmanager:us-east-1:123456789012:secret:app/s%02d-Xy%04d"%(i,i),"Name":"app/s%02d"%i,"LastChangedDate":1765000000.5+i,"SecretVersionsToStages":{"a1b2c3d4-5678-90ab-cdef-%012d"%i:["AWSCURRENT"]},"CreatedDate":1700000000.25}
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self,*a): pass
    def do_POST(self):
        n=int(self.headers.get('Content-Length','0')); body=json.loads(self.rfile.read(n) or b'{}')
        target=self.headers.get('X-Amz-Target','').split('.')[-1]
        mode=open(MODE_FILE).read().strip()
        sys.stderr.write("%s %s %s\n"%(target,mode,json.dumps(body)))
        def err(t,m,code=400):
            self.send_response(code); self.send_header('Content-Type','application/x-amz-json-1.1')
            b=json.dumps({"__type":t,"Message":m}).encode(); self.send_header('Content-Length',str(len(b))); self.end_headers(); self.wfile.write(b)
        def ok(o):
            self.send_response(200); self.send_header('Content-Type','application/x-amz-json-1.1')
            b=json.dumps(o).encode(); self.send_header('Content-Length',str(len(b))); self.end_headers(); self.wfile.write(b)
        if mode=='denied':
            return err('AccessDeniedException','User: arn:aws:iam::123456789012:user/anaya is not authorized to perform: secretsmanager:%s on resource: %s because no identity-based policy allows the secretsmanager:%s action'%(target, body.get('SecretId','*') if target!='ListSecrets' else '*', target))
        if mode=='throttled': return err('ThrottlingException','Rate exceeded')
        if mode=='expired': return err('ExpiredTokenException','The security token included in the request is expired')
        if mode=='notfound': return err('ResourceNotFoundException',"Secrets Manager can't find the specified secret.")
        if target=='ListSecrets':
            start=int(body.get('NextToken','0') or 0); size=body.get('MaxResults',100)
            items=[secret(i) for i in range(start, min(start+size, 7))]
            if start==0: items.insert(0, {"ARN":ARN1,"Name":"prod/db","Description":"Production database","LastChangedDate":1765000000.0,"SecretVersionsToStages":{"a1b2c3d4-5678-90ab-cdef-EXAMPLE11111":["AWSCURRENT"]},"CreatedDate":1700000000.0})
            o={"SecretList":items}
            if start+size<7: o["NextToken"]=str(start+size)
            return ok(o)
        if target=='GetResourcePolicy':
            if mode=='nopolicy': return ok({"ARN":ARN1,"Name":"prod/db"})
            if mode=='changed': return ok({"ARN":ARN1,"Name":"prod/db","ResourcePolicy":CHANGED})
            return ok({"ARN":ARN1,"Name":"prod/db","ResourcePolicy":POLICY})
        if target=='ValidateResourcePolicy':
            if mode=='malformed': return err('MalformedPolicyDocumentException','This resource policy contains an unsupported operation.')
            if mode=='invalid': return ok({"PolicyValidationPassed":False,"ValidationErrors":[{"CheckName":"BROAD_ACCESS","ErrorMessage":"This resource policy grants broad access to the secret."}]})
            return ok({"PolicyValidationPassed":True,"ValidationErrors":[]})
        if target=='PutResourcePolicy':
            if mode=='public': return err('PublicPolicyException','The BlockPublicPolicy parameter is set to true, and the resource policy did not prevent broad access to the secret.')
            return ok({"ARN":ARN1,"Name":"prod/db"})
        err('InvalidRequestException','unknown '+target)
http.server.HTTPServer(('127.0.0.1',int(sys.argv[1])),H).serve_forever()
